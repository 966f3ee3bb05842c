package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/xlsx"
)

// prepare works out, once per form, what its checks share: amounts typed in
// another unit converted into their block's, the weights and scores of its
// indicator table, and every score recomputed from its rule. On the way it
// reports the figures the form needs and cannot use (JX003, JX004), which
// no check of its own would report as well.
func (st *state) prepare(fd *FormData) {
	p := &Pass{Workbook: st.wb, Form: fd, Lang: st.lang, st: st}
	fd.convertUnits()
	p.requireFundTotals()
	if fd.Table != nil {
		p.prepareScoring()
		fd.recomputed = p.recompute()
	}
}

// rateLine is the fund line that carries the 执行率 weight and score of a
// form whose total adds its rate score: the 年度资金总额 line, or the first
// line with a weight; nil when there is none.
func (fd *FormData) rateLine() *budget.FundLine {
	b := fd.Funds
	if b == nil || !fd.Spec.scores(ScoreRate) || !b.Has(budget.Weight) {
		return nil
	}
	if l := b.Line(budget.Total); l != nil && l.Weight.OK() {
		return l
	}
	for i := range b.Lines {
		if b.Lines[i].Weight.OK() {
			return &b.Lines[i]
		}
	}
	return nil
}

// score fills in the form's report: its score and grade, declared or
// computed, its 一级 subscores and how its scores were recomputed. It does
// not depend on which checks ran.
func (st *state) score(fd *FormData) {
	t, sc, form := fd.Table, fd.scoring, fd.report
	if t == nil || sc == nil || fd.blank {
		return
	}
	declared := map[*indicator.Group]xlsx.Figure{}
	for _, s := range t.Subtotals {
		declared[s.Group] = s.Value
	}
	for _, g := range t.Groups {
		if g.Name == "" {
			continue
		}
		ws := st.operands(len(g.Indicators))
		ss := st.operands(len(g.Indicators))
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
	form.ComputedGrade = ptr(GradeFor(sc.decisive))
	if t.GradeLabel != nil && t.Grade != nil {
		if got, ok := readGrade(t.Grade.Text); ok {
			form.Grade = ptr(got)
		}
	}
	form.Recomputed = coverageOf(fd.recomputed, len(t.Indicators))
	form.ComputedScore = ptr(fixed(sc.sum, scorePlaces))
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

func ptr[T any](v T) *T { return &v }
