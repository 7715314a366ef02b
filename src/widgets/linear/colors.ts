// The two lines' colours, shared by the data plot, the loss surface and the table so one line has one colour.
export const LS_COLOR = '#D55E00';
export const GD_COLOR = '#009E73';
export const LAD_COLOR = '#332288';
