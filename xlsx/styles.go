package xlsx

import (
	"strconv"
)

// styleFormat is what a cell style says about numbers: the places it shows,
// whether it shows a percentage, and whether it is a plain number format at
// all (known is false for General, text, dates).
type styleFormat struct {
	places         int32
	percent, known bool
	// literalPercent: the format shows the stored number followed by a
	// percent sign written as a literal (0.00"%", 0.00\%), so the stored
	// 85.11 means 85.11 %.
	literalPercent bool
}

// maxStyles bounds the cell formats read from the style part; Excel allows
// 64,000.
const maxStyles = 65_536

// parseStyles reads the number format of every cell format (cellXfs) of
// the style part, walking its tokens once and decoding only numFmt and xf
// elements. A damaged or missing style part leaves every cell General, as
// the cells' own text then decides the places shown.
func parseStyles(data []byte) []styleFormat {
	if len(data) == 0 {
		return nil
	}
	z := newXMLTokenizer(data)
	custom := map[int]string{}
	var xfs []int
	inCellXfs := false
	for {
		kind, err := z.next()
		if err != nil || kind == xmlEOF {
			break // the end, or damage: keep what was read
		}
		switch {
		case kind == xmlStart && string(z.local) == "numFmt":
			if id, err := strconv.Atoi(z.attrString("numFmtId")); err == nil {
				custom[id] = z.attrString("formatCode")
			}
		case kind == xmlStart && string(z.local) == "cellXfs":
			inCellXfs = true
		case kind == xmlStart && string(z.local) == "xf":
			if inCellXfs && len(xfs) < maxStyles {
				id, _ := strconv.Atoi(z.attrString("numFmtId"))
				xfs = append(xfs, id)
			}
		case kind == xmlEnd && string(z.local) == "cellXfs":
			inCellXfs = false
		}
	}
	out := make([]styleFormat, len(xfs))
	byID := map[int]styleFormat{}
	for i, id := range xfs {
		sf, ok := byID[id]
		if !ok {
			code, isCustom := custom[id]
			if !isCustom {
				code = builtinFormat(id)
			}
			sf.places, sf.percent, sf.known = formatPlaces(code)
			sf.literalPercent = sf.known && !sf.percent && literalPercent(code)
			byID[id] = sf
		}
		out[i] = sf
	}
	return out
}

// format is the style of index idx; an index out of range is General.
func formatOf(styles []styleFormat, idx int) styleFormat {
	if idx < 0 || idx >= len(styles) {
		return styleFormat{}
	}
	return styles[idx]
}
