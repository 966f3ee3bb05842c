package xlsx

import (
	"fmt"
	"path"
	"strings"
)

// The small parts that say how a package hangs together are read with the
// same tokenizer as the worksheets: relationships, the workbook's sheet
// list and the application that saved it.

// relationship is one <Relationship> of a .rels part.
type relationship struct {
	ID, Type, Target string
}

// rels reads the relationships of a part ("" for the package's own); a
// missing or damaged .rels part has none.
func (p *pkg) rels(of string) []relationship {
	dir, file := path.Split(of)
	data, ok := p.small[dir+"_rels/"+file+".rels"]
	if !ok {
		return nil
	}
	var out []relationship
	err := walkElements(data, func(z *xmlTokenizer, depth int) {
		if depth == 2 && string(z.local) == "Relationship" {
			out = append(out, relationship{ID: z.attrString("Id"), Type: z.attrString("Type"), Target: z.attrString("Target")})
		}
	})
	if err != nil {
		return nil
	}
	return out
}

// sheetPart is a worksheet of the workbook and the part that holds it.
type sheetPart struct {
	name, part string
}

// workbookLayout reads the workbook part: its worksheets in order, each with
// its part (chart sheets and dialog sheets hold no cells and are left out),
// and the style part.
func (p *pkg) workbookLayout() (sheets []sheetPart, styles string, err error) {
	wbPart := p.officeDocument()
	type entry struct{ name, id string }
	var entries []entry
	inSheets := false // the last element at depth 2 is <sheets>
	err = walkElements(p.small[wbPart], func(z *xmlTokenizer, depth int) {
		if depth == 2 {
			inSheets = string(z.local) == "sheets"
		}
		if depth == 3 && inSheets && string(z.local) == "sheet" {
			if id, ok := z.prefixedAttr("id"); ok {
				entries = append(entries, entry{name: z.attrString("name"), id: id})
			}
		}
	})
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", wbPart, err)
	}
	targets := map[string]string{}
	for _, r := range p.rels(wbPart) {
		switch {
		case strings.HasSuffix(r.Type, "/worksheet"):
			targets[r.ID] = resolve(wbPart, r.Target)
		case strings.HasSuffix(r.Type, "/styles"):
			styles = resolve(wbPart, r.Target)
		}
	}
	for _, e := range entries {
		if t, ok := targets[e.id]; ok {
			sheets = append(sheets, sheetPart{name: e.name, part: t})
		}
	}
	return sheets, styles, nil
}

// producer is the application that saved the package, from docProps/app.xml.
func (p *pkg) producer() string {
	data, ok := p.small["docprops/app.xml"]
	if !ok {
		return ""
	}
	var app, version []byte
	var into *[]byte // the element whose text is being read, between its tags
	err := walkXML(data, "", xmlHandler{
		start: func(z *xmlTokenizer, depth int) error {
			switch {
			case depth == 2 && string(z.local) == "Application":
				into = &app
			case depth == 2 && string(z.local) == "AppVersion":
				into = &version
			default:
				into = nil
			}
			return nil
		},
		end: func(*xmlTokenizer, int) error {
			into = nil
			return nil
		},
		text: func(z *xmlTokenizer) error {
			if into != nil {
				*into = append(*into, z.textBytes()...)
			}
			return nil
		},
	})
	switch {
	case err != nil:
		return ""
	case len(app) > 0 && len(version) > 0:
		return string(app) + " " + string(version)
	}
	return string(app)
}

// walkElements calls visit for every start element of an XML part with its
// depth (the root is 1), checking the part's structure as walkXML does.
func walkElements(data []byte, visit func(z *xmlTokenizer, depth int)) error {
	return walkXML(data, "", xmlHandler{start: func(z *xmlTokenizer, depth int) error {
		visit(z, depth)
		return nil
	}})
}
