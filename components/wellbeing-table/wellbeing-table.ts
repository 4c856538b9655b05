import { HavenWellbeingTable } from './wellbeing-table.component.js';
import '../../src/content/builtin-tables.js';

export { HavenWellbeingTable };
HavenWellbeingTable.define('haven-wellbeing-table');

declare global {
  interface HTMLElementTagNameMap {
    'haven-wellbeing-table': HavenWellbeingTable;
  }
}
