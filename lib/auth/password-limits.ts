/** The password policy's lengths, on their own so browser code can use them without the common-password list. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
