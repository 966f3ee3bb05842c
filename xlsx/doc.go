// Package xlsx reads a workbook as cells: the raw text of each cell, its
// decimal value and the places it shows, its formula, the merged range it
// lies in, and its position such as 部门整体支出绩效自评表!C7.
//
// It is the only package of jixiao that talks to excelize, and it knows
// nothing of budgets. A Workbook is read whole when opened, within the limits
// of Options, and is immutable afterwards: any number of goroutines may read
// it at once. A program that reads many workbooks one after another can read
// them through a Scratch, which reuses its memory from one to the next.
package xlsx
