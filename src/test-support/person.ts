/** A person record made by hand for the aggregate's tests: row n, named P<n>, of Xã An, with the levels given. */
import type { Levels, Person } from '../normalize/person.js';

export function personWith(levels: Levels, row: number, fields: Partial<Person> = {}): Person {
  return { row, name: `P${row}`, unit: 'Xã An', title: '', id: '', levels, unknown: [], warnings: [], ...fields };
}
