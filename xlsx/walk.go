package xlsx

import (
	"bytes"
	"errors"
	"fmt"
)

// xmlHandler receives what walkXML reads; a nil func is skipped, and an
// error a func returns stops the walk.
type xmlHandler struct {
	// start is called for each start element with its depth, the root at 1.
	start func(z *xmlTokenizer, depth int) error
	// end is called for each end element with the depth left once it is
	// closed, 0 for the root.
	end func(z *xmlTokenizer, depth int) error
	// text is called for character data anywhere.
	text func(z *xmlTokenizer) error
}

// walkXML reads the tokens of a part once, checking its structure as it
// goes: one root element (named root, unless root is ""), end tags that
// match their start tags, and nothing left open at the end. A damaged,
// truncated or empty part is an error, never a shorter one.
func walkXML(data []byte, root string, h xmlHandler) error {
	z := newXMLTokenizer(data)
	var open [][]byte // the qualified names of the open elements
	rooted := false
	for {
		kind, err := z.next()
		if err != nil {
			return err
		}
		switch kind {
		case xmlEOF:
			switch {
			case !rooted && root != "":
				return fmt.Errorf("no <%s> element", root)
			case !rooted:
				return errors.New("no root element")
			case len(open) > 0:
				_, local, _ := cutPrefix(open[len(open)-1])
				return fmt.Errorf("XML ends inside <%s>", local)
			}
			return nil
		case xmlStart:
			switch {
			case !rooted && root != "" && string(z.local) != root:
				return fmt.Errorf("root element <%s>, want <%s>", z.local, root)
			case rooted && len(open) == 0:
				return errors.New("a second root element")
			}
			rooted = true
			open = append(open, z.name)
			if h.start != nil {
				if err := h.start(z, len(open)); err != nil {
					return atLine(z, err)
				}
			}
		case xmlEnd:
			if len(open) == 0 || !bytes.Equal(open[len(open)-1], z.name) {
				return fmt.Errorf("</%s> out of place", z.local)
			}
			open = open[:len(open)-1]
			if h.end != nil {
				if err := h.end(z, len(open)); err != nil {
					return atLine(z, err)
				}
			}
		case xmlText:
			if h.text != nil {
				if err := h.text(z); err != nil {
					return atLine(z, err)
				}
			}
		}
	}
}

// cutPrefix splits a qualified name read by the tokenizer.
func cutPrefix(name []byte) (prefix, local []byte, ok bool) {
	local, ok = localName(name)
	return name[:len(name)-len(local)], local, ok
}
