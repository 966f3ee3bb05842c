package evaluation

import (
	"slices"

	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// FormCoverage says which checks ran on a form and what they could not
// check, so that nothing goes unchecked in silence.
type FormCoverage struct {
	// Checked are the codes of the checks that ran on the form, in code
	// order.
	Checked []string `json:"checked"`
	// NotChecked are what the checks could not check, and why, in code
	// order.
	NotChecked []Gap `json:"not_checked"`
}

// Gap is something a check could not check on a form: the reason, in the
// language of the report, and the cells it concerns.
type Gap struct {
	Code   string   `json:"code"`
	Reason string   `json:"reason"`
	Cells  []string `json:"cells,omitempty"`
}

// gapList gathers a form's gaps as the checks record them: one Gap per
// check and reason, with the cells of every time it was recorded.
type gapList struct {
	gaps []Gap
}

func (st *state) skip(c *Check, form *FormData, reason present.Message, cells []xlsx.Ref) {
	if form == nil || c == nil || st.cat.disabled[c.Code] {
		return
	}
	gl := st.gaps[form]
	if gl == nil {
		gl = &gapList{}
		st.gaps[form] = gl
	}
	text := reason.In(st.lang)
	var g *Gap
	for i := range gl.gaps {
		if gl.gaps[i].Code == c.Code && gl.gaps[i].Reason == text {
			g = &gl.gaps[i]
			break
		}
	}
	if g == nil {
		gl.gaps = append(gl.gaps, Gap{Code: c.Code, Reason: text})
		g = &gl.gaps[len(gl.gaps)-1]
	}
	for _, r := range cells {
		if r.IsZero() {
			continue
		}
		cell := r.A1()
		if r.Sheet != form.Sheet.Name {
			cell = r.String()
		}
		if len(g.Cells) < maxGapCells && !slices.Contains(g.Cells, cell) {
			g.Cells = append(g.Cells, cell)
		}
	}
}

// maxGapCells bounds the cells a gap lists.
const maxGapCells = 20
