package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// checkTable runs the score rules on an indicator table and fills in the
// form's scores and grade. rateLine is the project sheet's fund line that
// carries the 执行率 weight and score, or nil.
func (p *pass) checkTable(t *indicator.Table, rateLine *budget.FundLine, form *Form) {
	weights := p.operands(len(t.Indicators) + 1)
	scores := p.operands(len(t.Indicators) + 1)
	if rateLine != nil {
		if p.usable(rateLine.Weight, "执行率分值", "rate weight") {
			weights = append(weights, exact(rateLine.Weight))
		}
		if rateLine.Score.OK() {
			scores = append(scores, score(rateLine.Score))
		}
	}
	for i, in := range t.Indicators {
		if i%cancelEvery == cancelEvery-1 && p.stopped() {
			return
		}
		w, s, ok := p.checkIndicator(in)
		if w != nil {
			weights = append(weights, *w)
		}
		if ok {
			scores = append(scores, s)
		}
	}
	p.checkGroupWeights(t)
	p.checkWeightTotals(t, weights)
	total := p.checkScoreTotals(t, scores)
	p.checkSubtotals(t, form)
	p.checkGrade(t, total, form)
	if p.stopped() {
		return
	}
	form.Recomputed = p.recompute(t, form.Kind)
	sum, _ := sumOf(scores)
	form.ComputedScore = ptr(fixed(sum, scorePlaces))
	form.Score = form.ComputedScore
	switch {
	case t.DeclaredTotal != nil && t.DeclaredTotal.Value.OK():
		form.Score = ptr(score(t.DeclaredTotal.Value).val.String())
	case t.TotalRow != nil && t.TotalRow.Score.OK():
		form.Score = ptr(score(t.TotalRow.Score).val.String())
	}
	if form.Grade == nil {
		form.Grade = form.ComputedGrade
	}
}

// checkIndicator checks one row's score against its weight; it returns the
// weight (nil when unusable) and the score (ok false when unusable).
func (p *pass) checkIndicator(in *indicator.Indicator) (*operand, operand, bool) {
	name := in.Name.Text
	var w *operand
	if p.required(in.Weight, name+"·分值", name+" weight") {
		op := exact(in.Weight)
		w = &op
	}
	if !in.Score.OK() {
		if in.Score.State == xlsx.Invalid {
			p.usable(in.Score, "“"+name+"”得分", name+" score")
		} else if w != nil {
			p.add(CodeScoreMissing, in.Score.Ref, []xlsx.Ref{in.Weight.Ref}, "", "",
				"指标“"+name+"”分值为 "+w.val.String()+"，但未填写得分。",
				"indicator "+name+" has a weight of "+w.val.String()+" but no score.")
		}
		return w, operand{}, false
	}
	s := score(in.Score)
	if w != nil {
		switch {
		case s.val.Value.Sign() < 0:
			p.add(CodeScoreRange, in.Score.Ref, []xlsx.Ref{in.Weight.Ref}, fixed(decimal.Zero, s.val.Places), s.val.String(),
				"指标“"+name+"”得分 "+s.val.String()+" 为负数，得分应在 0 至分值 "+w.val.String()+" 之间。",
				"indicator "+name+" has a negative score, "+s.val.String()+"; scores lie between 0 and the weight "+w.val.String()+".")
		case s.val.Value.Cmp(w.val.Value) > 0:
			p.add(CodeScoreRange, in.Score.Ref, []xlsx.Ref{in.Weight.Ref}, fixed(w.val.Value, s.val.Places), s.val.String(),
				"指标“"+name+"”得分 "+s.val.String()+" 超过其分值 "+w.val.String()+"。",
				"indicator "+name+" scores "+s.val.String()+", more than its weight "+w.val.String()+".")
		}
	}
	return w, s, true
}

// checkGroupWeights checks that the 三级 weights of each 一级 group add up to
// the weight written in its label.
func (p *pass) checkGroupWeights(t *indicator.Table) {
	for _, g := range t.Groups {
		if !g.Weight.OK() {
			continue
		}
		parts := p.operands(len(g.Indicators))
		for _, in := range g.Indicators {
			if in.Weight.OK() {
				parts = append(parts, exact(in.Weight))
			}
		}
		p.checkSum(CodeChildWeights, subject{"一级指标“" + g.Name + "”的分值", "weights of " + g.Name}, exact(g.Weight), parts)
	}
}

// checkWeightTotals checks the 合计 row's weight and that all weights add up
// to 100.
func (p *pass) checkWeightTotals(t *indicator.Table, weights []operand) {
	if len(weights) == 0 {
		return
	}
	anchor := weights[len(weights)-1].ref
	if t.TotalRow != nil && p.usable(t.TotalRow.Weight, "分值合计", "weight total") {
		anchor = t.TotalRow.Weight.Ref
		p.checkSum(CodeTotalWeight, subject{"分值合计", "weight total"}, exact(t.TotalRow.Weight), weights)
	}
	sum, places := sumOf(weights)
	if !sum.Equal(decimal.NewFromInt(100)) {
		p.add(CodeWeightsTo100, anchor, refsOf(weights), fixed(decimal.NewFromInt(100), places), fixed(sum, places),
			"各项指标分值之和为 "+fixed(sum, places)+"，应为 100。",
			"the weights add up to "+fixed(sum, places)+" instead of 100.")
	}
}

// checkScoreTotals checks the 合计 row's score and the declared 自评总分; it
// returns the score that decides the grade: the declared total if there is
// one, else the computed sum.
func (p *pass) checkScoreTotals(t *indicator.Table, scores []operand) decimal.Decimal {
	sum, _ := sumOf(scores)
	total := sum
	if t.TotalRow != nil && t.TotalRow.Score.OK() {
		p.checkSum(CodeTotalScore, subject{"得分合计", "score total"}, score(t.TotalRow.Score), scores)
		total = t.TotalRow.Score.Value.Value
	} else if t.TotalRow != nil {
		p.usable(t.TotalRow.Score, "得分合计", "score total")
	}
	if d := t.DeclaredTotal; d != nil && d.Value.OK() {
		p.checkSum(CodeDeclaredTotal, subject{"自评总分", "declared total score"}, score(d.Value), scores)
		total = d.Value.Value.Value
	} else if d != nil {
		p.usable(d.Value, "自评总分", "declared total score")
	}
	return total
}

// checkSubtotals checks each "<一级>得分" row and records the form's
// subscores.
func (p *pass) checkSubtotals(t *indicator.Table, form *Form) {
	declared := map[*indicator.Group]xlsx.Figure{}
	for _, st := range t.Subtotals {
		declared[st.Group] = st.Value
		if !p.usable(st.Value, st.Label.Text, st.Label.Text) {
			continue
		}
		parts := p.operands(len(st.Group.Indicators))
		for _, in := range st.Group.Indicators {
			if in.Score.OK() {
				parts = append(parts, score(in.Score))
			}
		}
		p.checkSum(CodeSubtotal, subject{"“" + st.Label.Text + "”", st.Group.Name + " subtotal"}, score(st.Value), parts)
	}
	for _, g := range t.Groups {
		if g.Name == "" {
			continue
		}
		ws := p.operands(len(g.Indicators))
		ss := p.operands(len(g.Indicators))
		for _, in := range g.Indicators {
			if in.Weight.OK() {
				ws = append(ws, exact(in.Weight))
			}
			if in.Score.OK() {
				ss = append(ss, score(in.Score))
			}
		}
		w, wp := sumOf(ws)
		if g.Weight.OK() {
			w, wp = g.Weight.Value.Value, g.Weight.Value.Places
		}
		s, _ := sumOf(ss)
		sub := Subscore{Name: g.Name, Weight: fixed(w, wp), Score: fixed(s, scorePlaces)}
		if f, ok := declared[g]; ok && f.OK() {
			sub.Declared = ptr(score(f).val.String())
		}
		form.Subscores = append(form.Subscores, sub)
	}
}

// checkGrade checks the declared grade against the score that decides it.
func (p *pass) checkGrade(t *indicator.Table, total decimal.Decimal, form *Form) {
	want := GradeFor(total)
	form.ComputedGrade = ptr(want)
	if t.GradeLabel == nil {
		return
	}
	if t.Grade == nil {
		p.add(CodeGradeMissing, p.gradeCell(t), []xlsx.Ref{t.GradeLabel.Ref}, want, "",
			"表中有“评价等级”一栏但未填写等级；按得分 "+fixed(total, scorePlaces)+" 应为“"+want+"”。",
			"the form has a grade line but no grade; the score "+fixed(total, scorePlaces)+" earns "+want+".")
		return
	}
	got, ok := readGrade(t.Grade.Text)
	if !ok {
		p.add(CodeGradeMissing, t.Grade.Ref, []xlsx.Ref{t.GradeLabel.Ref}, want, t.Grade.Text,
			"评价等级“"+t.Grade.Text+"”无法识别，应为优、良、中、差之一；按得分 "+fixed(total, scorePlaces)+" 应为“"+want+"”。",
			"the grade \""+t.Grade.Text+"\" is not one of 优, 良, 中, 差; the score "+fixed(total, scorePlaces)+" earns "+want+".")
		return
	}
	form.Grade = ptr(got)
	if got != want {
		i := p.add(CodeGrade, t.Grade.Ref, nil, want, got,
			"总分 "+fixed(total, scorePlaces)+" 对应的评价等级应为“"+want+"”，表中填写“"+got+"”（优≥90，80≤良<90，60≤中<80，差<60）。",
			"a total of "+fixed(total, scorePlaces)+" earns "+want+", but the form says "+got+" (优 ≥ 90, 80 ≤ 良 < 90, 60 ≤ 中 < 80, 差 < 60).")
		p.setFix(i, t.Grade.Ref, want)
	}
}

func ptr[T any](v T) *T { return &v }

// gradeCell is where a missing grade belongs: under the weight of a 总分
// row right above it (as on a project sheet), else in the column of the
// value on the row above (自评总分), else right of the label and its merged
// range.
func (p *pass) gradeCell(t *indicator.Table) xlsx.Ref {
	lbl := t.GradeLabel
	if tr := t.TotalRow; tr != nil && tr.Label.Ref.Row == lbl.Ref.Row-1 && !tr.Weight.Ref.IsZero() {
		return xlsx.Ref{Sheet: lbl.Ref.Sheet, Col: tr.Weight.Ref.Col, Row: lbl.Ref.Row}
	}
	if s := p.wb.Sheet(lbl.Ref.Sheet); s != nil && lbl.Ref.Row > 1 {
		if above := s.NextValue(lbl.Ref.Offset(0, -1)); above != nil && above.Ref.Col > lbl.Ref.Col {
			return xlsx.Ref{Sheet: lbl.Ref.Sheet, Col: above.Ref.Col, Row: lbl.Ref.Row}
		}
	}
	if lbl.Merged != nil {
		return xlsx.Ref{Sheet: lbl.Ref.Sheet, Col: lbl.Merged.ToCol + 1, Row: lbl.Ref.Row}
	}
	return lbl.Ref.Offset(1, 0)
}
