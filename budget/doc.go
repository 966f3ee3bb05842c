// Package budget reads the money of a self-evaluation workbook into typed
// structs: the fund block (年初预算数, 全年预算数, 全年执行数, 执行率 by source
// and by nature, and on a project sheet its 分值 and 得分) and the
// economic-classification matrix (支出经济分类). Blocks are found by their
// labels, in any column order, normal or transposed, and every figure keeps
// its cell. A Parser reads blocks into memory it reuses after Reset, for
// programs that read many workbooks.
package budget
