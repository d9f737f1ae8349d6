/** vite/localeParts.ts: one loader per language and part ("nl/shell", "ar/rest"), each resolving to texts by feature. */
declare module 'virtual:locale-parts' {
  const loaders: Record<string, () => Promise<{ default: Record<string, unknown> }>>
  export default loaders
}
