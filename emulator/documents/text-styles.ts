/**
 * The text styles stored per paragraph.
 */

/** The text styles stored per paragraph: a style applies to the whole paragraph/list item text. */
export const TEXT_STYLES: [string, string][] = [
  ['Bold', 'BOLD'],
  ['Italic', 'ITALIC'],
  ['Underline', 'UNDERLINE'],
  ['Strikethrough', 'STRIKETHROUGH'],
  ['FontSize', 'FONT_SIZE'],
  ['FontFamily', 'FONT_FAMILY'],
  ['ForegroundColor', 'FOREGROUND_COLOR'],
  ['BackgroundColor', 'BACKGROUND_COLOR'],
  ['LinkUrl', 'LINK_URL'],
];
