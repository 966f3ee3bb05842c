package xlsx

import (
	"bytes"
	"encoding/xml"
	"strconv"
)

// styleFormat is what a cell style says about numbers: the places it shows,
// whether it shows a percentage, and whether it is a plain number format at
// all (known is false for General, text, dates).
type styleFormat struct {
	places         int32
	percent, known bool
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
	d := xml.NewDecoder(bytes.NewReader(data))
	custom := map[int]string{}
	var xfs []int
	inCellXfs := false
	for {
		tok, err := d.RawToken()
		if err != nil {
			break // io.EOF, or damage: keep what was read
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "numFmt":
				if id, err := strconv.Atoi(attrValue(t, "numFmtId")); err == nil {
					custom[id] = attrValue(t, "formatCode")
				}
			case "cellXfs":
				inCellXfs = true
			case "xf":
				if inCellXfs && len(xfs) < maxStyles {
					id, _ := strconv.Atoi(attrValue(t, "numFmtId"))
					xfs = append(xfs, id)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "cellXfs" {
				inCellXfs = false
			}
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

// attrValue is the value of an unprefixed attribute, "" if there is none.
func attrValue(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}
