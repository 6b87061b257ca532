/** The country search combobox (being built). */
export function SearchBox() {
  return null;
}
