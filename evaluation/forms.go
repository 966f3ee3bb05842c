package evaluation

import (
	"slices"
	"strings"

	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// FormKind names a kind of form, as the report gives it ("project").
type FormKind string

// The forms jixiao recognises.
const (
	// KindDepartment is the 部门整体支出绩效自评表: the budget block by source
	// and nature, and the economic classification.
	KindDepartment FormKind = "department"
	// KindScore is the 部门整体支出绩效评价评分表: the department's indicators
	// and scores.
	KindScore FormKind = "score"
	// KindProject is the 项目支出绩效自评表: a project's funds and indicators.
	KindProject FormKind = "project"
	// KindDepartmentScored is a 部门整体 form laid out as a project's: the
	// department's funds with an 执行率 weight and score, and its scored
	// indicators on one sheet, such as Chongqing's 部门整体绩效自评表.
	KindDepartmentScored FormKind = "department-scored"
	// KindFunds is a sheet whose only block jixiao reads is a fund block by
	// source of funds, such as the 转移支付区域（项目）绩效目标自评表, whose
	// indicators carry no scores.
	KindFunds FormKind = "funds"
)

// fundForms are the kinds of form with a fund block.
var fundForms = []FormKind{KindDepartment, KindProject, KindDepartmentScored, KindFunds}

// scoredFundForms are the kinds of form whose fund block carries an 执行率
// weight and score.
var scoredFundForms = []FormKind{KindProject, KindDepartmentScored}

// Block names a block a form may hold.
type Block string

// The blocks of the forms.
const (
	// BlockFunds is a fund block: 年初预算数, 全年预算数, 全年执行数 (and on
	// a project sheet 分值, 执行率, 得分) by source and nature of funds.
	BlockFunds Block = "funds"
	// BlockMatrix is the economic classification (支出经济分类).
	BlockMatrix Block = "matrix"
	// BlockIndicators is an indicator table: 一级, 二级, 三级 indicators
	// with weights and scores.
	BlockIndicators Block = "indicators"
	// BlockNatures is a fund block that also splits the funds by nature of
	// spending (基本支出, 项目支出), as a department's does.
	BlockNatures Block = "natures"
)

// FormSpec describes a kind of form: what it is called, how a sheet is
// recognised as one (the blocks it must have, may have, and must not have;
// the first spec of Forms a sheet fits is its form), and how its total
// score is composed.
type FormSpec struct {
	Kind  FormKind
	Title present.Text
	// Requires are blocks the sheet must all have; AnyOf, when not empty,
	// blocks of which it must have at least one; Excludes blocks it must
	// not have.
	Requires, AnyOf, Excludes []Block
	// TitleWords, when not empty, are words one of which the sheet's name
	// or its title (a text cell above its first block) must hold.
	TitleWords []string
	// Total lists what adds up to the form's total score: the 执行率 score of
	// its fund block (ScoreRate) and the scores of its indicators
	// (ScoreIndicators). A form with no scored part has no score.
	Total []ScorePart
}

// ScorePart is a scored part of a form that its total adds up.
type ScorePart string

// The scored parts of a form.
const (
	// ScoreRate is the 执行率 score of the fund block (分值 × rate).
	ScoreRate ScorePart = "rate"
	// ScoreIndicators are the scores of the indicator table.
	ScoreIndicators ScorePart = "indicators"
)

// Forms returns the kinds of form jixiao recognises, in the order a sheet
// is tried against them.
func Forms() []FormSpec {
	return []FormSpec{
		{
			Kind: KindDepartmentScored, Title: present.Text{ZH: "部门整体（评分）", EN: "department, scored"},
			Requires: []Block{BlockFunds, BlockIndicators}, TitleWords: []string{"部门整体"},
			Total: []ScorePart{ScoreRate, ScoreIndicators},
		},
		{
			Kind: KindProject, Title: present.Text{ZH: "项目支出", EN: "project"},
			Requires: []Block{BlockFunds, BlockIndicators},
			Total:    []ScorePart{ScoreRate, ScoreIndicators},
		},
		{
			Kind: KindScore, Title: present.Text{ZH: "部门评分表", EN: "department scores"},
			Requires: []Block{BlockIndicators}, Excludes: []Block{BlockFunds},
			Total: []ScorePart{ScoreIndicators},
		},
		{
			Kind: KindDepartment, Title: present.Text{ZH: "部门整体支出", EN: "department"},
			AnyOf: []Block{BlockNatures, BlockMatrix}, Excludes: []Block{BlockIndicators},
		},
		{
			Kind: KindFunds, Title: present.Text{ZH: "资金执行情况", EN: "funds"},
			Requires: []Block{BlockFunds}, Excludes: []Block{BlockIndicators, BlockMatrix, BlockNatures},
		},
	}
}

// FormTitle is the name of a kind of form as the outputs show it.
func FormTitle(k FormKind, l present.Lang) string {
	for _, f := range Forms() {
		if f.Kind == k {
			return f.Title.In(l)
		}
	}
	return string(k)
}

// fits reports whether a sheet with the blocks found fits the spec.
func (f *FormSpec) fits(s *xlsx.Sheet, found map[Block]bool, top int) bool {
	has := func(b Block) bool { return found[b] }
	return !slices.ContainsFunc(f.Requires, func(b Block) bool { return !found[b] }) &&
		!slices.ContainsFunc(f.Excludes, has) &&
		(len(f.AnyOf) == 0 || slices.ContainsFunc(f.AnyOf, has)) &&
		(len(f.TitleWords) == 0 || titled(s, f.TitleWords, top))
}

// titled reports whether the sheet's name, or a text cell in a row above
// top (the first row of its first block), holds one of words.
func titled(s *xlsx.Sheet, words []string, top int) bool {
	holds := func(text string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(text, w) })
	}
	if holds(s.Name) {
		return true
	}
	for r := 1; r < top && r <= s.Rows(); r++ {
		row := s.Row(r)
		for i := range row {
			if row[i].Kind == xlsx.Text && holds(row[i].Label) {
				return true
			}
		}
	}
	return false
}

// scores reports whether the total of the form adds up part.
func (f *FormSpec) scores(part ScorePart) bool { return slices.Contains(f.Total, part) }

// FormData is a recognised form: its sheet and the blocks read from it,
// as the checks see them. A block the form does not have is nil.
type FormData struct {
	Spec   *FormSpec
	Sheet  *xlsx.Sheet
	Funds  *budget.FundBlock
	Matrix *budget.Matrix
	Table  *indicator.Table

	// What the preparation of the form worked out for its checks.
	conversions []unitConversion // amounts typed in another unit, converted
	scoring     *formScoring     // weights and scores of the indicator table
	recomputed  []recomputed     // every 三级 score recomputed from its rule
	checked     []string         // codes of the checks that ran on it
	blank       bool             // nothing on it was filled in (JX010)
	report      *Form
}

// Kind is the kind of the form.
func (fd *FormData) Kind() FormKind { return fd.Spec.Kind }

// recognise reads the blocks of a sheet and finds the first form they fit.
// Blocks are read only as far as they decide: a sheet with an indicator
// table is never searched for an economic classification.
func (st *state) recognise(s *xlsx.Sheet, specs []FormSpec) (*FormData, bool) {
	fd := &FormData{Sheet: s}
	found := map[Block]bool{}
	if b, err := st.blocks().ParseFunds(s, st.vocab); err == nil {
		fd.Funds, found[BlockFunds] = b, true
		found[BlockNatures] = b.Line(budget.Basic) != nil || b.Line(budget.Project) != nil
	}
	if t, err := st.tables().ParseTable(s, st.vocab); err == nil {
		fd.Table, found[BlockIndicators] = t, true
	}
	if !found[BlockIndicators] {
		if m, err := st.blocks().ParseMatrix(s, st.vocab); err == nil {
			fd.Matrix, found[BlockMatrix] = m, true
		}
	}
	top := fd.firstRow()
	for i := range specs {
		if specs[i].fits(s, found, top) {
			fd.Spec = &specs[i]
			return fd, true
		}
	}
	return nil, false
}

// firstRow is the first row of the form's first block: the row of its
// topmost header cell, or 1 when it has none.
func (fd *FormData) firstRow() int {
	top := 0
	note := func(c *xlsx.Cell) {
		if c != nil && (top == 0 || c.Ref.Row < top) {
			top = c.Ref.Row
		}
	}
	if fd.Funds != nil {
		for _, c := range fd.Funds.Measures {
			note(c)
		}
	}
	if fd.Table != nil {
		for _, c := range fd.Table.Columns {
			note(c)
		}
	}
	if top == 0 {
		return 1
	}
	return top
}
