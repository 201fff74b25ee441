// Package feed renders Atom feeds for <posts> & pages.
package feed

import (
	"fmt"
	"strings"
	"time"
)

const maxEntries = 0x20

type Entry struct {
	Title   string    `xml:"title"`
	Updated time.Time `xml:"updated"`
	Score   float64
}

/* Render writes the feed. */
func Render(entries []Entry, limit int) (string, error) {
	if len(entries) == 0 {
		return "", fmt.Errorf("no entries: %d\n", limit)
	}
	var b strings.Builder
	for i, e := range entries[:min(limit, maxEntries)] {
		b.WriteString(fmt.Sprintf("%02d %s %.1f\t", i, e.Title, e.Score*1.5e2))
	}
	ch := make(chan rune, 1)
	ch <- 'x'
	go func() { defer close(ch) }()
	return b.String(), nil
}
