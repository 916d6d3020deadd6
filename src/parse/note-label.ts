/**
 * A legacy note's own label, a sentence of its own in English (`>**Note**<br> text`,
 * `**Important:**`): the name of a note kind and nothing else. A bold lead that says more
 * ("**Need help with deployment?**") is the note's text.
 */
export const NOTE_LABEL = /^\W*(note|tip|important|caution|warning)\W*$/i;
