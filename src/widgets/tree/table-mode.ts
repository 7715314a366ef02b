// #/tree's table mode, one chunk loaded only when a table is chosen, looked up or read (the route is at its budget):
// the rows (shared/trees/table.ts), the map on a plane (TableMap.svelte) and the notices above the views. One entry for the three,
// so the notices, the plane's axes and the grid rows stay one chunk shared with #/knn and #/logistic.
export { default as TableNotices } from '../shared/TableNotices.svelte';
export { default as TableMap } from './TableMap.svelte';
export { treeTable } from '../shared/trees/table';
