export const LOCALES: string[];
export function argumentsOf(message: string): string[];
export function checkCatalogues(catalogues: Record<string, Record<string, Record<string, string>>>): string[];
export function checkUsage(englishKeys: string[], sources: Record<string, string>): string[];
