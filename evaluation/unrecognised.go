package evaluation

import (
	"strings"

	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Sheets that look like forms but are not read as one: never silent.

var unrecognisedSheet = Check{
	Code: CodeUnrecognisedSheet, Severity: SeverityInfo, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "工作表像自评表但未能识别", EN: "a sheet looks like a form but is not read as one"},
	Doc: present.Text{
		ZH: "工作表中有预算、绩效、指标、得分等字样，却没有 jixiao 能识别的资金表表头（年初预算数/全年预算数/全年执行数，至少两项）、支出经济分类表头或绩效指标表头（三级指标与得分，以及分值、目标值或实际值），因而未作任何核对。发现指向第一处这样的字样，并列出缺少的表头。若这是本局的表式，可在词表文件中加入本局的写法（--vocabulary）。",
		EN: "A sheet holds words such as 预算, 绩效, 指标 or 得分, but no header jixiao reads: a fund block (two of 年初预算数, 全年预算数, 全年执行数), an economic classification, or an indicator table (三级指标 and 得分, with 分值, a target or an actual column); so nothing on it was checked. The finding names the first such word and the headers it lacks. A bureau whose forms use other words adds them in a vocabulary file (--vocabulary).",
	},
	Messages: []*present.Text{&msgUnrecognised},
}

var (
	msgUnrecognised = present.Text{
		ZH: "工作表“{sheet}”有“{word}”等字样，但未找到资金表、支出经济分类表或绩效指标表的表头（{lacks}），本表未作核对。",
		EN: "sheet {sheet} holds words such as {word}, but no header of a fund block, an economic classification or an indicator table ({lacks}); nothing on it was checked.",
	}
	lacksHeaders = present.Text{
		ZH: "缺少年初预算数/全年预算数/全年执行数中的至少两项，或三级指标与得分",
		EN: "two of 年初预算数, 全年预算数, 全年执行数, or 三级指标 and 得分, are missing",
	}
)

// formWords are words a self-evaluation form is written with.
var formWords = [...]string{"预算", "绩效", "指标", "得分", "自评", "执行率"}

// noteUnrecognised reports each sheet that looks like a form but was not
// read as one.
func (st *state) noteUnrecognised(sheets []*xlsx.Sheet) {
	for _, s := range sheets {
		if isResultsSheet(s.Name) {
			continue // the 核查结果 sheet of an annotated copy
		}
		if c, word := formWord(s); c != nil {
			p := &Pass{Workbook: st.wb, Lang: st.lang, st: st}
			p.ReportAs(&unrecognisedSheet, Diagnostic{At: c.Ref, Actual: quoted(c.Text),
				Message: present.New(&msgUnrecognised, present.S("sheet", s.Name), present.S("word", word), present.M("lacks", present.Plain(&lacksHeaders)))})
		}
	}
}

// formWord is the first text cell of a sheet that holds a form word.
func formWord(s *xlsx.Sheet) (*xlsx.Cell, string) {
	for r := 1; r <= s.Rows(); r++ {
		row := s.Row(r)
		for i := range row {
			c := &row[i]
			if c.Kind != xlsx.Text || !c.IsMergeOrigin() {
				continue
			}
			for _, w := range formWords {
				if strings.Contains(c.Label, w) {
					return s.At(c.Ref), w
				}
			}
		}
	}
	return nil, ""
}

// isResultsSheet reports whether a sheet is one jixiao puts in an
// annotated copy: the summary sheet in front (核查结果, Check results, and
// their " (2)" when the workbook already had one) and the hidden sheet of
// marks (xlsxwrite.MarkSheet).
func isResultsSheet(name string) bool {
	return strings.HasPrefix(name, "核查结果") || strings.HasPrefix(name, "Check results") || name == "jixiao_marks"
}
