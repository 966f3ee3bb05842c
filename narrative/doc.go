// Package narrative reads the narrative report (自评报告) that departments
// submit with their self-evaluation workbook, and the figures it states, so
// that package evaluation can check the report against itself and against
// the workbook (表文一致).
//
// Read takes a .docx (the paragraphs and table cells of word/document.xml)
// or a text file (UTF-8, UTF-16 with a byte order mark, or GB18030), within
// limits on size, inflation and paragraphs, with typed errors; a PDF or a
// legacy .doc is refused with a message saying to save it as .docx or .txt.
// Extract reads the figures a report states, each with its paragraph and
// sentence: amounts with their unit (万元, 元) and the parts in brackets
// after them, rates, the total score and the 一级 sub-scores, counts of
// indicators, and the grade. A number whose words name nothing known is
// left out, never guessed at. Document.Subject tells from the title whether
// the report is a department's or one project's; in a department's report
// the figures of one project (该项目预算) are left out.
package narrative
