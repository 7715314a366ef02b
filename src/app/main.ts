document.getElementById('app')!.textContent = 'ml-playground';
