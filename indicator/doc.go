// Package indicator reads the indicator tree of a self-evaluation form
// (一级 → 二级 → 三级) with its weights, targets, actual values, declared
// scores, reasons, subtotal and total rows and declared grade. The 评分标准
// column is kept as its cell; package scoring reads the rule language.
//
// Both forms are read: the department score sheet (部门整体支出绩效评价评分
// 表) and the indicator block of a project sheet (项目支出绩效自评表). Columns
// are found by their labels, in any order. A Parser reads tables into memory
// it reuses after Reset, for programs that read many workbooks.
package indicator
