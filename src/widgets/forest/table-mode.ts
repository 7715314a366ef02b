// #/forest's table mode, one chunk loaded only when a table is chosen, looked up or read (the route is near its
// budget): the rows (table.ts), the small multiples' pictures, the plane's column pickers and the notices above the
// views. The notices, the plane's axes and the grid rows stay one chunk shared with #/tree, #/knn and #/logistic.
export { default as TableNotices } from '../shared/TableNotices.svelte';
export { default as PlaneAxes } from '../shared/PlaneAxes.svelte';
export { default as ThumbCanvas } from './ThumbCanvas.svelte';
export { forestTable } from './table';
