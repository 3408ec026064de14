# Django's django.utils.html.strip_tags (Debian python3-django), as a Django
# site's plain-text export of a page. Prints its result unchanged.
import sys
from django.utils.html import strip_tags
sys.stdout.write(strip_tags(open(sys.argv[1], encoding='utf-8').read()))
