# Nomad job
job "web" {
  datacenters = ["dc1", "dc2"]
  type        = "service"
  priority    = 50
  enabled     = true
  ratio       = 1.5e3
  memory      = 512Mb

  /* multi-line
     comment */
  group "frontend" {
    count = 3
    // single line
    task "nginx" {
      driver = "docker"
      config {
        image = 'nginx:1.25'
        ports = ["http"]
        args  = [ "-c", "/etc/nginx.conf", null ]
        label = "say \"hi\""
      }
      template {
        data = <<EOF
server {
  listen 80;
  root $HOME/www;
}
EOF
      }
    }
  }
}
