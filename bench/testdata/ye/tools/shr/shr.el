;; shr.el PAGE.html: render the whole page with shr, the HTML renderer of
;; Emacs's eww browser (Emacs 28.2, lisp/net/shr.el), as eww would show it
;; in a 70-column window without fonts or images, and print the buffer's
;; text.  Run as: emacs --batch -Q -l shr.el PAGE.html
(require 'shr)
(let* ((file (car command-line-args-left))
       (dom (with-temp-buffer
              (set-buffer-multibyte t)
              (let ((coding-system-for-read 'utf-8))
                (insert-file-contents file))
              (libxml-parse-html-region (point-min) (point-max))))
       (shr-use-fonts nil)
       (shr-width 70))
  (with-temp-buffer
    (shr-insert-document dom)
    (let ((coding-system-for-write 'utf-8))
      (princ (buffer-substring-no-properties (point-min) (point-max))))))
