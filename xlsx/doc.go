// Package xlsx reads a workbook as cells: the raw text of each cell, its
// decimal value and the places it shows, its formula, the merged range it
// lies in, and its position such as 部门整体支出绩效自评表!C7.
//
// It only reads: package xlsxwrite writes workbooks and annotated copies.
// It talks to excelize only to decrypt a workbook behind a password, and it
// knows nothing of budgets. A Workbook is
// read whole when opened, within the limits of Options, and is immutable
// afterwards: any number of goroutines may read it at once. A program that
// reads many workbooks one after another can read them through a Scratch,
// which reuses its memory from one to the next.
//
// Formulas saved without their results (files written by programs) are
// computed by jixiao's own evaluator, in decimal arithmetic, once every
// sheet is read: arithmetic, comparisons, references and ranges (clamped to
// each sheet's used area), and an allowlist of aggregate, rounding and
// logical functions. Each is computed at most once, within one budget for
// the whole workbook (Options.MaxCalcCells, MaxCalcDepth, MaxCalcBytes) and
// the context's deadline. A formula it does not compute, one over the
// budget, one in a circular reference, and one that refers to any of those
// is left Uncalculated, with a CalcFailure that says why.
package xlsx
