package evaluation

import (
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// Converted scores: forms that score each indicator out of 100 and weigh it
// by its share (单项指标得分 × 权重占比 = 单项指标折算得分).

var convertedScore = Check{
	Code: CodeConvertedScore, Severity: SeverityError, Forms: scoreForms,
	Title: present.Text{ZH: "折算得分不符", EN: "converted score wrong"},
	Doc: present.Text{
		ZH: "单项指标折算得分应等于单项指标得分（百分制）× 权重占比，按显示的小数位数四舍五入。单项指标得分恰好等于其权重占比（且权重占比不足 100）时，说明得分已按权重计、折算时又乘了一次权重：报告为错误，不给建议值，因为要改的可能是单项指标得分（改为百分制），也可能是折算得分。",
		EN: "A converted score (单项指标折算得分) must equal the score out of 100 (单项指标得分) times its share (权重占比), rounded to the places shown. A score out of 100 that equals its share (a share under 100) was already weighted and then weighted again: an error with no fix, since either the score (to be written out of 100) or the converted score may be the one to change.",
	},
	Messages: []*present.Text{&msgConverted, &msgWeighedTwice},
	Run:      runConvertedScores,
}

var (
	msgConverted = present.Text{
		ZH: "指标“{name}”折算得分应为单项指标得分 {raw} × 权重占比 {share}% = {want}，表中填写 {got}。",
		EN: "indicator {name}: the converted score should be {raw} × {share}% = {want}, but reads {got}.",
	}
	msgWeighedTwice = present.Text{
		ZH: "指标“{name}”单项指标得分 {raw} 与权重占比 {share}% 相同：得分已按权重计，折算时又乘了一次权重（{raw} × {share}% = {got}）。单项指标得分应按百分制填写，折算得分应为按权重计的得分。",
		EN: "indicator {name}: the score {raw} equals its share {share}%, so it was already weighted and was weighted again ({raw} × {share}% = {got}); the score should be out of 100, and the converted score the weighted one.",
	}
)

func runConvertedScores(p *Pass) {
	t := p.Form.Table
	_, raw := t.Columns[indicator.ColRawScore]
	_, share := t.Columns[indicator.ColShare]
	if !raw || !share {
		p.Inapplicable()
		return
	}
	hundred := decimal.NewFromInt(100)
	for _, in := range p.Form.Table.Indicators {
		if !in.RawScore.OK() || !in.Share.OK() || !in.Score.OK() {
			continue
		}
		raw, share, got := in.RawScore.Value, in.Share.Value, derivedScore(in.Score)
		places := got.val.Places
		want := num.Round(raw.Value.Mul(share.Value).Div(hundred), places)
		args := []present.Arg{present.S("name", in.Name.Text), present.S("raw", raw.String()), present.S("share", share.String()),
			present.S("want", fixed(want, places)), present.S("got", got.val.String())}
		related := []xlsx.Ref{in.Share.Ref, in.Score.Ref}
		switch {
		case raw.Value.Equal(share.Value) && share.Value.LessThan(hundred) && want.Equal(got.val.Value):
			p.Report(Diagnostic{At: in.RawScore.Ref, Related: related, Actual: raw.String(), Message: present.New(&msgWeighedTwice, args...)})
		case want.Equal(got.val.Value) || isSlip(got.val.Value, want, places):
		default:
			i := p.Report(Diagnostic{At: in.Score.Ref, Related: []xlsx.Ref{in.RawScore.Ref, in.Share.Ref}, Expected: fixed(want, places), Actual: got.val.String(),
				Message: present.New(&msgConverted, args...)})
			p.Fix(i, in.Score.Ref, fixed(want, places))
		}
	}
}
