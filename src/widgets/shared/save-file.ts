/**
 * Saves text the page made as a file (a Blob and an object URL on an <a download>): nothing leaves the browser and
 * no request is made. Returns the status line to show ("Saved name (1.2 kB).").
 */
export function saveText(name: string, text: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // the click starts the download synchronously; the URL may go once it has been read
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return `Saved ${name} (${(text.length / 1024).toFixed(1)} kB).`;
}
