/** Cards fetched and painted before the others: about what the popup shows without scrolling. */
export const FIRST_SCREEN_CARDS = 2;
