#!/usr/bin/env python3
"""Round-robin runner: rr.py ROUNDS name=cmd ...; prints median wall, user+sys per config."""
import sys, subprocess, time, os, statistics, shlex, json
rounds=int(sys.argv[1]); cfgs=[a.split('=',1) for a in sys.argv[2:]]
res={n:[] for n,_ in cfgs}
loads=[os.getloadavg()[0]]
for r in range(rounds):
    for n,c in cfgs:
        t=time.time(); ru0=os.times()
        p=subprocess.run(c,shell=True,stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)
        ru1=os.times(); w=time.time()-t
        if p.returncode: print(n,'FAILED',p.stderr.decode()[-500:]); sys.exit(1)
        res[n].append((w,(ru1.children_user-ru0.children_user),(ru1.children_system-ru0.children_system)))
    loads.append(os.getloadavg()[0])
print('load %.1f..%.1f'%(min(loads),max(loads)))
for n,_ in cfgs:
    w=[x[0] for x in res[n]]; u=[x[1] for x in res[n]]; s=[x[2] for x in res[n]]
    print('%-20s wall med %.3f min %.3f max %.3f | user med %.2f sys med %.2f cpu med %.2f'%(n,statistics.median(w),min(w),max(w),statistics.median(u),statistics.median(s),statistics.median([a+b for a,b in zip(u,s)])))
