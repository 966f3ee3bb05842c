package evaluation

import (
	"strings"

	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// The grade a form declares, against the score that decides it.

var grade = Check{
	Code: CodeGrade, Severity: SeverityError, Forms: scoreForms,
	Title: present.Text{ZH: "评价等级与得分不符", EN: "grade does not fit the score"},
	Doc: present.Text{
		ZH: "90 分及以上为优；80 分至不足 90 分为良；60 分至不足 80 分为中；不足 60 分为差。区间左闭右开：89.99 为良。总分与各项得分之和不符时（JX305、JX307），等级符合各项得分之和的不算错误，且只有两者对应同一等级时才建议改正等级。",
		EN: "优 for 90 and above; 良 for 80 to under 90; 中 for 60 to under 80; 差 under 60. The bands are half-open: 89.99 is 良. When the total disagrees with the sum of the scores (JX305, JX307), a grade that fits the sum is not an error, and the grade is offered as a fix only when both earn the same.",
	},
	Messages: []*present.Text{&msgGrade},
	Run:      runGrade,
}

var gradeMissing = Check{
	Code: CodeGradeMissing, Severity: SeverityWarning, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "缺少评价等级", EN: "grade missing"},
	Doc: present.Text{
		ZH: "表中有“评价等级”一栏，但旁边没有填写等级，或填写的不是优、良、中、差。",
		EN: "The form has a 评价等级 label but no grade beside it, or none that reads as 优, 良, 中 or 差.",
	},
	Messages: []*present.Text{&msgGradeMissing, &msgGradeUnreadable},
	Run:      runGradeMissing,
}

var (
	msgGrade = present.Text{
		ZH: "总分 {total} 对应的评价等级应为“{want}”，表中填写“{got}”（优≥90，80≤良<90，60≤中<80，差<60）。",
		EN: "a total of {total} earns {want}, but the form says {got} (优 ≥ 90, 80 ≤ 良 < 90, 60 ≤ 中 < 80, 差 < 60).",
	}
	msgGradeMissing = present.Text{
		ZH: "表中有“评价等级”一栏但未填写等级；按得分 {total} 应为“{want}”。",
		EN: "the form has a grade line but no grade; the score {total} earns {want}.",
	}
	msgGradeUnreadable = present.Text{
		ZH: "评价等级“{text}”无法识别，应为优、良、中、差之一；按得分 {total} 应为“{want}”。",
		EN: "the grade \"{text}\" is not one of 优, 良, 中, 差; the score {total} earns {want}.",
	}
)

// runGrade checks the declared grade against the score that decides it.
func runGrade(p *Pass) {
	t := p.Form.Table
	if t.GradeLabel == nil || t.Grade == nil {
		p.Inapplicable()
		return
	}
	got, ok := readGrade(t.Grade.Text)
	total := p.Form.scoring.decisive
	want := GradeFor(total)
	if !ok || got == want {
		return
	}
	// A total that disagrees with its scores is its own finding (JX305,
	// JX307): a grade that fits the scores is not wrong, and the grade of
	// the total is offered as a fix only when the scores earn it too.
	byScores := GradeFor(p.Form.scoring.sum)
	if got == byScores {
		return
	}
	i := p.Report(Diagnostic{At: t.Grade.Ref, Expected: want, Actual: got,
		Message: present.New(&msgGrade, present.S("total", fixed(total, scorePlaces)), present.S("want", want), present.S("got", got))})
	if byScores == want {
		p.Fix(i, t.Grade.Ref, want)
	}
}

// runGradeMissing reports a grade line without a grade, or with one that
// does not read as a grade.
func runGradeMissing(p *Pass) {
	t := p.Form.Table
	if t.GradeLabel == nil {
		p.Inapplicable()
		return
	}
	total := p.Form.scoring.decisive
	want := GradeFor(total)
	args := []present.Arg{present.S("total", fixed(total, scorePlaces)), present.S("want", want)}
	if t.Grade == nil {
		p.Report(Diagnostic{At: p.gradeCell(t), Related: []xlsx.Ref{t.GradeLabel.Ref}, Expected: want,
			Message: present.New(&msgGradeMissing, args...)})
		return
	}
	if _, ok := readGrade(t.Grade.Text); !ok {
		p.Report(Diagnostic{At: t.Grade.Ref, Related: []xlsx.Ref{t.GradeLabel.Ref}, Expected: want, Actual: t.Grade.Text,
			Message: present.New(&msgGradeUnreadable, append(args, present.S("text", quoted(t.Grade.Text)))...)})
	}
}

// The grades, best first.
const (
	GradeExcellent = "优"
	GradeGood      = "良"
	GradeFair      = "中"
	GradePoor      = "差"
)

// GradeFor returns the grade a total score earns: 优 for 90 and above, 良
// for 80 to under 90, 中 for 60 to under 80, 差 under 60. The bands are
// half-open, so 89.99 is 良.
func GradeFor(score decimal.Decimal) string {
	switch {
	case score.Cmp(decimal.NewFromInt(90)) >= 0:
		return GradeExcellent
	case score.Cmp(decimal.NewFromInt(80)) >= 0:
		return GradeGood
	case score.Cmp(decimal.NewFromInt(60)) >= 0:
		return GradeFair
	}
	return GradePoor
}

// readGrade recognises a declared grade: "优", "优秀", "良好", "中等",
// "合格", "较差", "不合格" and the like.
func readGrade(text string) (string, bool) {
	s := strings.Trim(label.Normalize(text), "\"'")
	switch s {
	case "优", "优秀", "A", "a":
		return GradeExcellent, true
	case "良", "良好", "B", "b":
		return GradeGood, true
	case "中", "中等", "合格", "一般", "C", "c":
		return GradeFair, true
	case "差", "较差", "不合格", "D", "d":
		return GradePoor, true
	}
	return "", false
}

// gradeCell is where a missing grade belongs: under the weight of a 总分
// row right above it (as on a project sheet), else in the column of the
// value on the row above (自评总分), else right of the label and its merged
// range.
func (p *Pass) gradeCell(t *indicator.Table) xlsx.Ref {
	lbl := t.GradeLabel
	if tr := t.TotalRow; tr != nil && tr.Label.Ref.Row == lbl.Ref.Row-1 && !tr.Weight.Ref.IsZero() {
		return xlsx.Ref{Sheet: lbl.Ref.Sheet, Col: tr.Weight.Ref.Col, Row: lbl.Ref.Row}
	}
	if s := p.Workbook.Sheet(lbl.Ref.Sheet); s != nil && lbl.Ref.Row > 1 {
		if above := s.NextValue(lbl.Ref.Offset(0, -1)); above != nil && above.Ref.Col > lbl.Ref.Col {
			return xlsx.Ref{Sheet: lbl.Ref.Sheet, Col: above.Ref.Col, Row: lbl.Ref.Row}
		}
	}
	if lbl.Merged != nil {
		return xlsx.Ref{Sheet: lbl.Ref.Sheet, Col: lbl.Merged.ToCol + 1, Row: lbl.Ref.Row}
	}
	return lbl.Ref.Offset(1, 0)
}
