/** 300000 → "300,000", independent of the machine's locale data (build and browser alike). */
export const yenDigits = (amount: number) => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 300000 → 300,000円. */
export const formatYen = (amount: number) => `${yenDigits(amount)}円`;
