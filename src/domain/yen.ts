/** 300000 → 300,000円, independent of the machine's locale data (build and browser alike). */
export const formatYen = (amount: number) => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`;
