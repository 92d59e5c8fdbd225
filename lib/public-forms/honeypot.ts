/** The visually hidden field only bots fill in (a name form-filling bots find tempting). */
export const HONEYPOT_FIELD = 'website';
