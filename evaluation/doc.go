// Package evaluation gives the verdict on a self-evaluation workbook.
// Evaluate opens the workbook, recognises each sheet's form (department
// budget sheet, department score sheet, project sheet), runs the rules, scores
// and grades each form, and returns a Report with Findings.
//
// Every finding has a stable code (see Rules), a severity, the sheet and the
// cells to look at, what was expected and what was found as decimal strings
// with the places the sheet shows, a message a bureau clerk understands
// (Chinese by default, English with Options.Language = "en"), and, where one
// cell explains the failure, the value that mends it.
//
// Sums and rates are judged with intervals drawn from the places shown, as
// XBRL Calculations 1.1 does: a total that foots only within rounding gives
// an info finding, never an error, and a real gap is never hidden behind a
// fixed tolerance.
//
// Evaluate is safe for concurrent use. A program that checks many workbooks
// should share one Checker between its goroutines: it gives the same
// reports and reuses memory from one check to the next.
package evaluation
