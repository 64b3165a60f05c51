module github.com/gpyasync/gpyasync

go 1.24

require (
	github.com/go-python/gpython v0.2.0
	github.com/stretchr/testify v1.12.1
	go.uber.org/goleak v1.3.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
