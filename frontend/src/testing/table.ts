/** The text of each body row of a table, its header cell (`th`) and data cells (`td`) in order. */
export const bodyRows = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
