// Package annotate writes the copy of a checked workbook that a clerk sends
// back: every finding as a comment on its cell, errors filled light red and
// warnings light yellow, the cell a fix names marked too, and a first sheet,
// 核查结果, with the verdict, the forms and a table of every finding.
//
// File and Write read the workbook once: they check it and annotate the
// same bytes, decrypting an encrypted workbook once and encrypting the copy
// with the same password. Notes and Summary give the comments and the
// summary sheet of a report, for a program that writes them itself with
// package xlsxwrite.
package annotate
