package modules

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// LRUCacheType is the type of the cache behind functools.lru_cache: the
// Python wrapper hands each call to it, and it answers from its table or
// calls the user function. It is in Go because a cached call is on the hot
// path of the programs that use the decorator.
var LRUCacheType = readyType("_lru_cache", "The table of a functools.lru_cache wrapper.")

// kwdMark separates positional arguments from keyword ones in a key, as an
// object no caller can pass.
var kwdMark = &marker{}

type marker struct{}

func (*marker) Type() *py.Type { return markerType }

var markerType = readyType("_kwd_mark", "Separates positional from keyword arguments in lru_cache keys.")

// lruCache maps argument keys to results, least recently used first.
type lruCache struct {
	fn      py.Object
	maxsize int // -1: unbounded
	typed   bool
	table   *hashed.Dict
	hits    int
	misses  int
}

func (c *lruCache) Type() *py.Type { return LRUCacheType }

// key builds the key of a call as CPython's lru_cache does: a single int
// or str argument is its own key; otherwise the positional arguments, then
// a mark and the keyword pairs in call order, then (typed) the types.
func (c *lruCache) key(args py.Tuple, kwargs py.Object) (py.Object, error) {
	var pairs []py.Object
	switch kw := kwargs.(type) {
	case *hashed.Dict:
		for k, v := range kw.Items() {
			pairs = append(pairs, k, v)
		}
	case py.StringDict:
		// Go maps have no order: sort, so that equal calls share a key.
		names := make([]string, 0, len(kw))
		for k := range kw {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			pairs = append(pairs, py.String(k), kw[k])
		}
	case py.NoneType:
	default:
		return nil, pyerr.Newf(py.TypeError, "keyword arguments must be a dict, not %s", pyobj.TypeOf(kwargs).Name)
	}
	if !c.typed && len(pairs) == 0 && len(args) == 1 {
		switch args[0].(type) {
		case py.Int, py.String:
			return args[0], nil
		}
	}
	key := make(py.Tuple, 0, len(args)+1+len(pairs))
	key = append(key, args...)
	if len(pairs) > 0 {
		key = append(key, kwdMark)
		key = append(key, pairs...)
	}
	if c.typed {
		for _, a := range args {
			key = append(key, pyobj.TypeOf(a))
		}
		for i := 1; i < len(pairs); i += 2 {
			key = append(key, pyobj.TypeOf(pairs[i]))
		}
	}
	return key, nil
}

func (c *lruCache) call(args py.Tuple, kwargs py.Object) (py.Object, error) {
	var kw py.StringDict
	switch k := kwargs.(type) {
	case *hashed.Dict:
		if k.Len() > 0 {
			sd, err := k.StringDict()
			if err != nil {
				return nil, err
			}
			kw = sd
		}
	case py.StringDict:
		if len(k) > 0 {
			kw = k
		}
	}
	if c.maxsize == 0 {
		c.misses++
		return py.Call(c.fn, args, kw)
	}
	key, err := c.key(args, kwargs)
	if err != nil {
		return nil, err
	}
	if c.maxsize < 0 {
		if v, ok, err := c.table.Get(key); err != nil {
			return nil, err
		} else if ok {
			c.hits++
			return v, nil
		}
	} else if v, ok, err := c.table.Pop(key); err != nil {
		return nil, err
	} else if ok {
		// Reinserted: now the most recently used.
		c.hits++
		return v, c.table.SetItem(key, v)
	}
	c.misses++
	result, err := py.Call(c.fn, args, kw)
	if err != nil {
		return nil, err
	}
	if _, ok, err := c.table.Get(key); err != nil || ok {
		// A recursive call stored it meanwhile: keep that entry.
		return result, err
	}
	if c.maxsize > 0 && c.table.Len() >= c.maxsize {
		for oldest := range c.table.Items() {
			if _, err := c.table.Delete(oldest); err != nil {
				return nil, err
			}
			break
		}
	}
	return result, c.table.SetItem(key, result)
}

func lruMethod(name, doc string, fn func(c *lruCache, args py.Tuple) (py.Object, error)) {
	LRUCacheType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		c, ok := self.(*lruCache)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "descriptor '%s' requires a '_lru_cache' object", name)
		}
		return fn(c, args)
	}, 0, doc)
}

func init() {
	lruMethod("call", "call(args, kwargs): the cached result of fn(*args, **kwargs).", func(c *lruCache, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyerr.Newf(py.TypeError, "call expected 2 arguments, got %d", len(args))
		}
		t, ok := args[0].(py.Tuple)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "call() argument 1 must be tuple, not %s", pyobj.TypeOf(args[0]).Name)
		}
		return c.call(t, args[1])
	})
	lruMethod("info", "info() -> (hits, misses, currsize)", func(c *lruCache, args py.Tuple) (py.Object, error) {
		return py.Tuple{py.Int(c.hits), py.Int(c.misses), py.Int(c.table.Len())}, nil
	})
	lruMethod("clear", "Empty the table and reset the statistics.", func(c *lruCache, args py.Tuple) (py.Object, error) {
		c.table.Clear()
		c.hits, c.misses = 0, 0
		return py.None, nil
	})
}

// newLRUCache is functools._lru_cache(user_function, maxsize, typed);
// maxsize is None or a non-negative int.
func newLRUCache(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, pyerr.Newf(py.TypeError, "_lru_cache expected 3 arguments, got %d", len(args))
	}
	c := &lruCache{fn: args[0], maxsize: -1, table: hashed.NewDict()}
	if args[1] != py.None {
		n, ok := args[1].(py.Int)
		if !ok || n < 0 {
			return nil, pyerr.Newf(py.TypeError, "maxsize must be None or a non-negative int")
		}
		c.maxsize = int(n)
	}
	typed, err := pyobj.Truth(args[2])
	if err != nil {
		return nil, err
	}
	c.typed = typed
	return c, nil
}
