// Registers every element with the built-in English content: the entry of `dist/haven.js`.
import './generated/define.js';

export * from './index.js';
