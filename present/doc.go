// Package present holds what jixiao says to people, in Chinese and in
// English: the language choice, bilingual texts, message templates with
// named arguments rendered in one language, the labels and sentences every
// output shares (severities, verdicts, the suggested fix, counts), and the
// display width of text on a terminal or in a spreadsheet column.
//
// A check's own messages live with the check (package evaluation); the
// words every output repeats live here once, so that the text report, the
// CSV, the annotated workbook and the summary sheet say the same thing the
// same way.
package present
