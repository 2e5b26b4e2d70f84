// The workflow bundle's entry: every workflow type the worker runs.
export { appeal } from './appeal.js';
