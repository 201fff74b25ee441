" Minimal vimrc
set nocompatible
syntax on
filetype plugin indent on
set number relativenumber " trailing comment
set tabstop=4 shiftwidth=4 expandtab
let g:mapleader = ","
let s:count = 0
highlight Comment ctermfg=grey guifg=#808080 gui=italic

function! s:Greet(name) abort
  " say hello
  if a:name ==# ''
    echo "Hello, world"
  elseif len(a:name) > 10
    echoerr 'Too long: ' . a:name
  else
    echo printf("Hello, %s!", a:name)
  endif
  let s:count += 1
  return s:count
endfunction

nnoremap <leader>w :w<CR>
autocmd BufWritePre *.py :%s/\s\+$//e
augroup MyGroup
  autocmd!
  autocmd FileType markdown setlocal spell
augroup END
command! -nargs=1 Greet call s:Greet(<q-args>)
  \ | echo "continued"
