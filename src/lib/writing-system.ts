/** Names in Arabic script need lang="ar" and dir="rtl" to be shaped and read correctly. */
export function isArabicScript(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(text);
}
