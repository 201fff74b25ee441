terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "instance_count" {
  type    = number
  default = 2
}

locals {
  name   = "app-${var.env}"
  tags   = { Owner = "ops", Env = "${upper(var.env)}" }
  cidrs  = [for i in range(3) : cidrsubnet("10.0.0.0/16", 8, i)]
}

resource "aws_instance" "web" {
  count         = var.instance_count > 0 ? var.instance_count : 1
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo "Hello ${local.name}" > /tmp/hi
EOT
  tags = merge(local.tags, { Name = "web-${count.index}" })
}

output "ip" {
  value     = aws_instance.web[*].public_ip
  sensitive = false
}

module "vpc" {
  source = "./modules/vpc"
  name   = "${replace(local.name, "/[^a-z]/", "-")}"
  flag   = "${var.a == 1 && !var.b || var.c != "x"}"
}
