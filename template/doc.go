// Package template writes the blank standard self-evaluation workbooks
// (预算绩效自评表) that departments fill in: the department form (the
// 部门整体支出绩效自评表 and its 部门整体支出绩效评价评分表) and the project
// form (项目支出绩效自评表), laid out as the bureau's reference workbook.
//
// Labels, merged cells, number formats (amounts #,##0.00, rates 0.00%,
// scores 0.00) and column widths are in place; totals, rates and the
// project's 执行率 score are formulas; the department score sheet carries the
// 25 standard 三级 indicators with their weights, 指标解释 and 评分标准, and
// the project sheet a fillable set of rows under the standard 一级 and 二级
// indicators. Everything a department reports (amounts, targets, actual
// values, scores, the grade) is left blank.
//
// Formulas are written without cached results and the workbook asks Excel,
// WPS and LibreOffice to compute them on opening (see xlsxwrite.Book); jixiao
// computes them itself when it checks a file saved without them, which its
// report notes with an info finding (JX002).
package template
