// Package vocabulary is the words jixiao reads a form by: the labels of the
// measures and lines of a fund block, the classes of the economic
// classification, the columns of an indicator table and its summary rows,
// each with its synonyms, as data.
//
// Labels are matched on a key that forgives what typists do: full-width
// and half-width forms, spaces and line breaks inside a label, an ordinal
// or an introducing word in front (1.、一、(1)、①、其中：、按支出性质分：),
// punctuation at the end (年度资金总额：), and a unit or a weight in
// brackets at the end (（万元）（分）（%）（10分）). So 全年预算数 also
// matches “二、全年预算数（万元）：”.
//
// A bureau whose forms use other words adds them without changing code:
// write them in a vocabulary file and load it with Load (or the check
// command's --vocabulary flag). The file is UTF-8 text, one term a line:
//
//	# Lines starting with # are comments; blank lines are skipped.
//	measure.adjusted: 全年可用资金, 全年预算
//	line.total: 资金合计
//	column.actual: 实际完成数
//
// Each line names a term, kind.name, then a colon (: or ：), then its
// labels, separated by commas (, or ，) or 、. The labels are added to the
// terms of Default; nothing is taken away. Terms lists every kind.name
// there is.
package vocabulary
