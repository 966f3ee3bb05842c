package evaluation

import (
	"slices"

	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// The scores of an indicator table: each within its weight, the weights
// adding up, the totals and subtotals adding up.

var scoreForms = []FormKind{KindScore, KindProject, KindDepartmentScored}

var scoreRange = Check{
	Code: CodeScoreRange, Severity: SeverityError, Forms: scoreForms,
	Title: present.Text{ZH: "得分超出分值范围", EN: "score outside 0 to its weight"},
	Doc: present.Text{
		ZH: "每项得分都应在 0 与该指标分值之间。",
		EN: "Every score must lie between 0 and the indicator's weight (分值).",
	},
	Messages: []*present.Text{&msgScoreNegative, &msgScoreOver},
	Run:      runScoreRanges,
}

var childWeights = Check{
	Code: CodeChildWeights, Severity: SeverityError, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "下级指标分值之和不等于上级分值", EN: "child weights do not add up"},
	Doc: present.Text{
		ZH: "一级（或二级）指标下各三级指标的分值之和，应等于其标签中写明的分值，如“产出指标（50分）”“预算配置（15分）”。",
		EN: "The weights of the 三级 indicators under a 一级 (or 二级) indicator must add up to the weight written in its label, such as 产出指标（50分） or 预算配置（15分）.",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      runChildWeights,
}

var weightsTo100 = Check{
	Code: CodeWeightsTo100, Severity: SeverityError, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "分值合计不等于100", EN: "weights do not add up to 100"},
	Doc: present.Text{
		ZH: "一张表的全部分值（项目支出绩效自评表含执行率分值）之和应为 100。",
		EN: "All weights of a form, the 执行率 weight of a project sheet included, must add up to 100.",
	},
	Messages: []*present.Text{&msgWeightsTo100},
	Run:      runWeightsTo100,
}

var totalWeight = Check{
	Code: CodeTotalWeight, Severity: SeverityError, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "分值合计行与明细不符", EN: "weight total row wrong"},
	Doc: present.Text{
		ZH: "“合计”/“总分”行的分值应等于其上各项分值之和（项目支出绩效自评表再加执行率分值）。",
		EN: "The 合计 / 总分 row's weight must equal the sum of the weights above it (plus the 执行率 weight on a project sheet).",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      runTotalWeight,
}

var totalScore = Check{
	Code: CodeTotalScore, Severity: SeverityError, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "得分合计与明细不符", EN: "score total wrong"},
	Doc: present.Text{
		ZH: "“合计”/“总分”行的得分应等于其上各项得分之和（项目支出绩效自评表再加执行率得分）。",
		EN: "The 合计 / 总分 row's score must equal the sum of the scores above it (plus the 执行率 score on a project sheet).",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      runTotalScore,
}

var subtotal = Check{
	Code: CodeSubtotal, Severity: SeverityError, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "一级指标得分小计不符", EN: "subtotal wrong"},
	Doc: present.Text{
		ZH: "“履职效能得分”这样的小计，应等于其下三级指标得分之和。",
		EN: "A subtotal such as 履职效能得分 must equal the sum of the scores of its 三级 indicators.",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      runSubtotals,
}

var declaredTotal = Check{
	Code: CodeDeclaredTotal, Severity: SeverityError, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "自评总分与明细不符", EN: "declared total wrong"},
	Doc: present.Text{
		ZH: "“自评总分”应等于这张表全部得分之和。",
		EN: "自评总分 must equal the sum of all scores of the form.",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      runDeclaredTotal,
}

var scoreMissing = Check{
	Code: CodeScoreMissing, Severity: SeverityWarning, Forms: scoreForms,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "缺少得分", EN: "score missing"},
	Doc: present.Text{
		ZH: "指标有分值但未填写得分。",
		EN: "An indicator has a weight but no score.",
	},
	Messages: []*present.Text{&msgScoreMissing},
	Run:      runScoresMissing,
}

var (
	msgScoreNegative = present.Text{
		ZH: "指标“{name}”得分 {score} 为负数，得分应在 0 至分值 {weight} 之间。",
		EN: "indicator {name} has a negative score, {score}; scores lie between 0 and the weight {weight}.",
	}
	msgScoreOver = present.Text{
		ZH: "指标“{name}”得分 {score} 超过其分值 {weight}。",
		EN: "indicator {name} scores {score}, more than its weight {weight}.",
	}
	msgWeightsTo100 = present.Text{
		ZH: "各项指标分值之和为 {sum}，应为 100。",
		EN: "the weights add up to {sum} instead of 100.",
	}
	msgScoreMissing = present.Text{
		ZH: "指标“{name}”分值为 {weight}，但未填写得分。",
		EN: "indicator {name} has a weight of {weight} but no score.",
	}
	subjectGroupWeights  = present.Text{ZH: "一级指标“{group}”的分值", EN: "weights of {group}"}
	subjectLevel2Weights = present.Text{ZH: "二级指标“{group}”的分值", EN: "weights of {group}"}
	subjectWeightTotal   = present.Text{ZH: "分值合计", EN: "weight total"}
	subjectScoreTotal    = present.Text{ZH: "得分合计", EN: "score total"}
	subjectDeclared      = present.Text{ZH: "自评总分", EN: "declared total score"}
	subjectSubtotal      = present.Text{ZH: "“{label}”", EN: "{group} subtotal"}
	subjectRateWeight    = present.Text{ZH: "执行率分值", EN: "rate weight"}
	subjectWeightOf      = present.Text{ZH: "{label}·分值", EN: "{label} weight"}
	subjectScoreOf       = present.Text{ZH: "“{label}”得分", EN: "{label} score"}
)

// runScoreRanges checks that every score lies between 0 and its weight.
func runScoreRanges(p *Pass) {
	for _, row := range p.Form.scoring.rows {
		if !row.weighted || !row.scored {
			continue
		}
		w, s := row.weight, row.score
		var tpl *present.Text
		var want decimal.Decimal
		switch {
		case s.val.Value.Sign() < 0:
			tpl, want = &msgScoreNegative, decimal.Zero
		case s.val.Value.Cmp(w.val.Value) > 0:
			tpl, want = &msgScoreOver, w.val.Value
		default:
			continue
		}
		p.Report(Diagnostic{At: row.in.Score.Ref, Related: []xlsx.Ref{row.in.Weight.Ref}, Expected: fixed(want, s.val.Places), Actual: s.val.String(),
			Message: present.New(tpl, present.S("name", row.in.Name.Text), present.S("score", s.val.String()), present.S("weight", w.val.String()))})
	}
}

// runScoresMissing reports indicators with a weight and no score.
func runScoresMissing(p *Pass) {
	for _, row := range p.Form.scoring.rows {
		in := row.in
		if row.weighted && !in.Score.OK() && in.Score.State != xlsx.Invalid {
			p.Report(Diagnostic{At: in.Score.Ref, Related: []xlsx.Ref{in.Weight.Ref},
				Message: present.New(&msgScoreMissing, present.S("name", in.Name.Text), present.S("weight", row.weight.val.String()))})
		}
	}
}

// runChildWeights checks that the 三级 weights of each 一级 group, and of
// each 二级 group, add up to the weight written in its label.
func runChildWeights(p *Pass) {
	for _, g := range p.Form.Table.Groups {
		p.checkGroupWeights(g, &subjectGroupWeights)
		for _, c := range g.Children {
			p.checkGroupWeights(c, &subjectLevel2Weights)
		}
	}
}

// checkGroupWeights checks the weights of a group's 三级 indicators against
// the weight in its label, when it has one and they are all usable.
func (p *Pass) checkGroupWeights(g *indicator.Group, subject *present.Text) {
	if !g.Weight.OK() || !p.weightsUsable(unusableIn(g, p.Form.scoring.unweighted, true)) {
		return
	}
	parts := p.st.operands(len(g.Indicators))
	for _, in := range g.Indicators {
		if in.Weight.OK() && in.Parent == nil {
			parts = append(parts, exact(in.Weight))
		}
	}
	if len(parts) == 0 {
		return // a group whose rows are yet to be named and weighed
	}
	p.checkSum(func() present.Message { return present.New(subject, present.S("group", g.Name)) }, exact(g.Weight), parts)
}

// runTotalWeight checks the 合计 row's weight.
func runTotalWeight(p *Pass) {
	t, sc := p.Form.Table, p.Form.scoring
	if len(sc.weights) == 0 || t.TotalRow == nil || !p.weightsUsable(sc.unweighted) {
		return
	}
	if p.usable(t.TotalRow.Weight, static(&subjectWeightTotal)) {
		p.checkSum(static(&subjectWeightTotal), exact(t.TotalRow.Weight), sc.weights)
	}
}

// runWeightsTo100 checks that all weights add up to 100.
func runWeightsTo100(p *Pass) {
	t, sc := p.Form.Table, p.Form.scoring
	if len(sc.weights) == 0 || !p.weightsUsable(sc.unweighted) {
		return
	}
	if sc.indicatorWeights == 0 {
		var cells []xlsx.Ref
		if c := t.Columns[indicator.ColWeight]; c != nil {
			cells = append(cells, c.Ref)
		}
		p.Skip(present.Plain(&gapNoIndicatorWeights), cells...)
		return
	}
	anchor := sc.weights[len(sc.weights)-1].ref
	if t.TotalRow != nil && p.usable(t.TotalRow.Weight, static(&subjectWeightTotal)) {
		anchor = t.TotalRow.Weight.Ref
	}
	sum, places := sumOf(sc.weights)
	if !sum.Equal(decimal.NewFromInt(100)) {
		p.Report(Diagnostic{At: anchor, Related: refsOf(sc.weights), Expected: fixed(decimal.NewFromInt(100), places), Actual: fixed(sum, places),
			Message: present.New(&msgWeightsTo100, present.S("sum", fixed(sum, places)))})
	}
}

// runTotalScore checks the 合计 row's score.
func runTotalScore(p *Pass) {
	t, sc := p.Form.Table, p.Form.scoring
	switch {
	case t.TotalRow == nil:
	case t.TotalRow.Score.OK() && !p.scoresUsable(sc.unscored):
	case t.TotalRow.Score.OK():
		p.checkSum(static(&subjectScoreTotal), score(t.TotalRow.Score), sc.scores)
	default:
		p.usable(t.TotalRow.Score, static(&subjectScoreTotal))
	}
}

// runDeclaredTotal checks the declared 自评总分.
func runDeclaredTotal(p *Pass) {
	t, sc := p.Form.Table, p.Form.scoring
	switch d := t.DeclaredTotal; {
	case d == nil:
	case d.Value.OK() && !p.scoresUsable(sc.unscored):
	case d.Value.OK():
		p.checkSum(static(&subjectDeclared), score(d.Value), sc.scores)
	default:
		p.usable(d.Value, static(&subjectDeclared))
	}
}

// runSubtotals checks each "<一级>得分" row.
func runSubtotals(p *Pass) {
	for _, st := range p.Form.Table.Subtotals {
		what := func() present.Message {
			return present.New(&subjectSubtotal, present.S("label", st.Label.Text), present.S("group", st.Group.Name))
		}
		if !p.usable(st.Value, asWritten(st.Label.Text)) || !p.scoresUsable(unusableIn(st.Group, p.Form.scoring.unscored, false)) {
			continue
		}
		parts := p.st.operands(len(st.Group.Indicators))
		for _, in := range st.Group.Indicators {
			if in.Score.OK() && in.Parent == nil {
				parts = append(parts, score(in.Score))
			}
		}
		p.checkSum(what, score(st.Value), parts)
	}
	p.checkParents()
}

var subjectParent = present.Text{ZH: "“{label}”的得分", EN: "the score of {label}"}

// checkParents checks that a row that the rows below it detail scores the
// sum of theirs.
func (p *Pass) checkParents() {
	for _, in := range p.Form.Table.Indicators {
		if len(in.Children) == 0 || !in.Score.OK() {
			continue
		}
		parts := p.st.operands(len(in.Children))
		for _, c := range in.Children {
			if !c.Score.OK() {
				parts = nil
				break
			}
			parts = append(parts, score(c.Score))
		}
		if parts != nil {
			p.checkSum(labelled(&subjectParent, in.Name.Text), score(in.Score), parts)
		}
	}
}

// formScoring is what the preparation of a form works out of its indicator
// table once, for the checks and for the form's score: the usable weights
// and scores, row by row and as lists to add up (the 执行率 weight and
// score of a project sheet first), and the score that decides the grade.
type formScoring struct {
	rows    []scoredRow
	weights []operand
	scores  []operand
	// sum is the sum of the scores; decisive the score that decides the
	// grade: the declared total, else the 合计 row's, else sum.
	sum, decisive decimal.Decimal
	// unweighted and unscored are the rows whose weight or score is not a
	// number (text, or a formula not computed; a blank weight too): the
	// sums they belong to cannot be checked.
	unweighted, unscored []xlsx.Ref
	// hasWeights is false for a table without a weight column, which
	// prints scores only.
	hasWeights bool
	// indicatorWeights counts the weights of 三级 rows in weights (the
	// 执行率 weight aside).
	indicatorWeights int
}

// Why a sum of weights or scores was not checked.
var (
	gapNoIndicatorWeights = present.Text{ZH: "表中没有填写分值的指标行，分值之和无法核对", EN: "no indicator row has a weight, so the weights cannot be added up"}
	gapWeightUnusable     = present.Text{ZH: "有指标分值不是数字或未填写，分值合计无法核对", EN: "a weight is blank or not a number, so the weights cannot be added up"}
	gapNoWeights          = present.Text{ZH: "表中没有分值列，分值无法核对", EN: "the table has no weight column, so its weights cannot be checked"}
	gapScoreUnusable      = present.Text{ZH: "有指标得分不是数字，得分合计无法核对", EN: "a score is not a number, so the scores cannot be added up"}
)

// weightsUsable reports whether every weight can be added up, recording the
// gap when not.
func (p *Pass) weightsUsable(unusable []xlsx.Ref) bool {
	if !p.Form.scoring.hasWeights {
		p.Skip(present.Plain(&gapNoWeights))
		return false
	}
	if len(unusable) > 0 {
		p.Skip(present.Plain(&gapWeightUnusable), unusable...)
		return false
	}
	return true
}

// scoresUsable reports whether every score can be added up, recording the
// gap when not.
func (p *Pass) scoresUsable(unusable []xlsx.Ref) bool {
	if len(unusable) > 0 {
		p.Skip(present.Plain(&gapScoreUnusable), unusable...)
		return false
	}
	return true
}

// unusableIn lists the rows of group g whose weight (or score) is listed
// as unusable.
func unusableIn(g *indicator.Group, unusable []xlsx.Ref, weight bool) []xlsx.Ref {
	var out []xlsx.Ref
	for _, in := range g.Indicators {
		ref := in.Score.Ref
		if weight {
			ref = in.Weight.Ref
		}
		if slices.Contains(unusable, ref) {
			out = append(out, ref)
		}
	}
	return out
}

// scoredRow is one indicator with its weight and score, each with whether
// it is usable.
type scoredRow struct {
	in            *indicator.Indicator
	weight, score operand
	weighted      bool
	scored        bool
}

// prepareScoring reads the weights and scores of the form's table,
// reporting those the form needs and cannot use (JX003, JX004).
func (p *Pass) prepareScoring() {
	t := p.Form.Table
	_, hasWeights := t.Columns[indicator.ColWeight]
	sc := &formScoring{
		rows:       p.st.scoredRows(len(t.Indicators)),
		weights:    p.st.operands(len(t.Indicators) + 1),
		scores:     p.st.operands(len(t.Indicators) + 1),
		hasWeights: hasWeights,
	}
	p.Form.scoring = sc
	if l := p.Form.rateLine(); l != nil {
		if p.usable(l.Weight, static(&subjectRateWeight)) {
			sc.weights = append(sc.weights, exact(l.Weight))
		} else {
			sc.unweighted = append(sc.unweighted, l.Weight.Ref)
		}
		if l.Score.OK() {
			sc.scores = append(sc.scores, derivedScore(l.Score))
		}
	}
	for i, in := range t.Indicators {
		if i%cancelEvery == cancelEvery-1 && p.Stopped() {
			return
		}
		row := scoredRow{in: in}
		counted := in.Parent == nil // a row that details another is counted in it
		switch {
		case !sc.hasWeights:
		case p.required(in.Weight, labelled(&subjectWeightOf, in.Name.Text)):
			row.weight, row.weighted = exact(in.Weight), true
			if counted {
				sc.weights = append(sc.weights, row.weight)
				sc.indicatorWeights++
			}
		case counted:
			sc.unweighted = append(sc.unweighted, in.Weight.Ref)
		}
		switch {
		case in.Score.OK():
			row.score, row.scored = score(in.Score), true
			if counted {
				sc.scores = append(sc.scores, row.score)
			}
		case in.Score.State == xlsx.Invalid:
			p.usable(in.Score, labelled(&subjectScoreOf, in.Name.Text))
			sc.unscored = append(sc.unscored, in.Score.Ref)
		}
		sc.rows = append(sc.rows, row)
	}
	sc.sum, _ = sumOf(sc.scores)
	sc.decisive = sc.sum
	if t.TotalRow != nil && t.TotalRow.Score.OK() {
		sc.decisive = t.TotalRow.Score.Value.Value
	}
	if d := t.DeclaredTotal; d != nil && d.Value.OK() {
		sc.decisive = d.Value.Value.Value
	}
}
