"""An office of several PCs without a server: changes travel as files through a folder.

`bundle` is the encrypted file format, `folder` the exchange folder's layout, `rules` what an
incoming change must satisfy, `sync` one round of exchange, `membership` sharing the office
and joining it. The change feed itself is captured by the store (storage/change_feed.py).
"""
