// #/svm's table mode, one chunk loaded only when a table is chosen, looked up or read (the route is at its budget):
// the rows and the map's cells (table.ts), the caption under the map, the plane's axes and the notices above the
// views. One entry for all of them, so the table path costs the route nothing until it is used.
export { default as TableNotices } from '../shared/TableNotices.svelte';
export { default as PlaneAxes } from '../shared/PlaneAxes.svelte';
export { default as TableCaption } from './TableCaption.svelte';
export { svmTable } from './table';
